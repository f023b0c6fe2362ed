;; Box–Muller pairs from an alea state in WebAssembly: the numbers of boxMullerAlea.ts (its JS path)
;; to the bit, two pairs at a time in f64x2 lanes. WebAssembly's f64 and f64x2 arithmetic is
;; IEEE-754 binary64 with rounding to nearest, no contraction into fused multiply-adds, and a
;; correctly rounded sqrt, so each expression below gives, in each lane, the bits of the same
;; expression in JavaScript; i64 arithmetic makes alea's step and fdlibm's bit reads single
;; instructions. Every formula follows the JS path in the same order of operations (math/log.ts
;; `logOfWord`, `logOfReduced`; math/trig.ts `polarPair`, `kernelSin`, `kernelCos`), where the
;; reasons why it gives fdlibm's bits are written out. Where fdlibm picks a formula by the
;; argument, both are computed and the lanes picked by a mask (v128.bitselect: exact bits).
;;
;; Memory (the module's own, one page): bytes 0..15 the alea state as four u32 (words a, b, d of
;; s0, s1, s2 times 2^32, and the carry c); from byte 16 the output, pairs of f64.
;; `pairs(n)` draws n pairs into bytes 16 .. 16 + 16n and advances the state in memory.
;; `polarPairs(n)` turns the n pairs (r, θ) at byte 16 into (r·cos θ, r·sin θ) in place, and
;; `logWord(m, lane)` is ln(m·2^-32) from either lane: the pieces of `pairs`, exported for the tests.
;;
;; Rare cases call back into JavaScript (imports "js"): `log(u)` for the log's |f| < 2^-20 case
;; (m within 2^-20 of a power of two), `rare(at, r, θ)` for the angles that leave the quick
;; reduction (|head| < 2^-17, or n = 1 below quarterPi), about one pair in 10^5; it writes the
;; pair at byte `at` again.
;;
;; fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
;; SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
;; this software is freely granted, provided that this notice is preserved.
(module
  (import "js" "log" (func $log (param f64) (result f64)))
  (import "js" "rare" (func $rare (param i32 f64 f64)))
  (memory (export "memory") 1)

  ;; fdlibm's constants and the others, in both lanes: globals, which V8 loads in one instruction
  ;; where a v128.const inside a loop takes three
  (global $invPio2 v128 (v128.const f64x2 0x1.45f306dc9c883p-1 0x1.45f306dc9c883p-1)) ;; 2/π
  (global $pio2_1 v128 (v128.const f64x2 0x1.921fb544p+0 0x1.921fb544p+0)) ;; the first 33 bits of π/2
  (global $pio2_1t v128 (v128.const f64x2 0x1.0b4611a626331p-34 0x1.0b4611a626331p-34)) ;; π/2 − pio2_1
  (global $lg1 v128 (v128.const f64x2 0x1.5555555555593p-1 0x1.5555555555593p-1))
  (global $lg2 v128 (v128.const f64x2 0x1.999999997fa04p-2 0x1.999999997fa04p-2))
  (global $lg3 v128 (v128.const f64x2 0x1.2492494229359p-2 0x1.2492494229359p-2))
  (global $lg4 v128 (v128.const f64x2 0x1.c71c51d8e78afp-3 0x1.c71c51d8e78afp-3))
  (global $lg5 v128 (v128.const f64x2 0x1.7466496cb03dep-3 0x1.7466496cb03dep-3))
  (global $lg6 v128 (v128.const f64x2 0x1.39a09d078c69fp-3 0x1.39a09d078c69fp-3))
  (global $lg7 v128 (v128.const f64x2 0x1.2f112df3e5244p-3 0x1.2f112df3e5244p-3))
  (global $ln2Hi v128 (v128.const f64x2 0x1.62e42feep-1 0x1.62e42feep-1)) ;; ln 2, high part
  (global $ln2Lo v128 (v128.const f64x2 0x1.a39ef35793c76p-33 0x1.a39ef35793c76p-33)) ;; ln 2, low part
  (global $s1 v128 (v128.const f64x2 -0x1.5555555555549p-3 -0x1.5555555555549p-3))
  (global $s2 v128 (v128.const f64x2 0x1.111111110f8a6p-7 0x1.111111110f8a6p-7))
  (global $s3 v128 (v128.const f64x2 -0x1.a01a019c161d5p-13 -0x1.a01a019c161d5p-13))
  (global $s4 v128 (v128.const f64x2 0x1.71de357b1fe7dp-19 0x1.71de357b1fe7dp-19))
  (global $s5 v128 (v128.const f64x2 -0x1.ae5e68a2b9cebp-26 -0x1.ae5e68a2b9cebp-26))
  (global $s6 v128 (v128.const f64x2 0x1.5d93a5acfd57cp-33 0x1.5d93a5acfd57cp-33))
  (global $c1 v128 (v128.const f64x2 0x1.555555555554cp-5 0x1.555555555554cp-5))
  (global $c2 v128 (v128.const f64x2 -0x1.6c16c16c15177p-10 -0x1.6c16c16c15177p-10))
  (global $c3 v128 (v128.const f64x2 0x1.a01a019cb159p-16 0x1.a01a019cb159p-16))
  (global $c4 v128 (v128.const f64x2 -0x1.27e4f809c52adp-22 -0x1.27e4f809c52adp-22))
  (global $c5 v128 (v128.const f64x2 0x1.1ee9ebdb4b1c4p-29 0x1.1ee9ebdb4b1c4p-29))
  (global $c6 v128 (v128.const f64x2 -0x1.8fae9be8838d4p-37 -0x1.8fae9be8838d4p-37))
  (global $quarterPi v128 (v128.const f64x2 0x1.921fcp-1 0x1.921fcp-1)) ;; θ below this: high word ≤ 0x3fe921fb
  (global $point3 v128 (v128.const f64x2 0x1.33333p-2 0x1.33333p-2)) ;; |x| ≥ this: high word ≥ 0x3fd33333 (0.3)
  (global $above78125 v128 (v128.const f64x2 0x1.90001p-1 0x1.90001p-1)) ;; |x| ≥ this: high word > 0x3fe90000 (0.78125)
  (global $twoPiScale v128 (v128.const f64x2 0x1.921fb54442d18p-30 0x1.921fb54442d18p-30)) ;; 2π·2^-32
  (global $half v128 (v128.const f64x2 0.5 0.5))
  (global $one v128 (v128.const f64x2 1 1))
  (global $two v128 (v128.const f64x2 2 2))
  (global $minusTwo v128 (v128.const f64x2 -2 -2))
  (global $headBound v128 (v128.const f64x2 0x1p-17 0x1p-17)) ;; 2^-17: smaller heads leave the quick reduction
  (global $qxHigh v128 (v128.const f64x2 0.28125 0.28125)) ;; kernelCos's qx above 0.78125

  ;; ln(m·2^-32) of two words ma, mb ≠ 0 (as u32), one per lane: math/log.ts `logOfWord`, the
  ;; reduction read from each word in scalar code, fdlibm's polynomial and sum for both at once.
  (func $logs (param $ma i32) (param $mb i32) (result v128)
    (local $za i32) (local $zb i32) (local $sha i32) (local $shb i32) (local $hxa i32) (local $hxb i32) (local $ia i32) (local $ib i32)
    (local $f v128) (local $dk v128) (local $s v128) (local $z v128) (local $w v128) (local $r v128) (local $hfsq v128) (local $l v128)
    (local.set $za (i32.clz (local.get $ma)))
    (local.set $zb (i32.clz (local.get $mb)))
    (local.set $sha (i32.shl (local.get $ma) (local.get $za)))
    (local.set $shb (i32.shl (local.get $mb) (local.get $zb)))
    ;; hx: the top 20 bits below the leading 1; i: 1 where fdlibm halves (1 + f ≥ √2)
    (local.set $hxa (i32.and (i32.shr_u (local.get $sha) (i32.const 11)) (i32.const 0xfffff)))
    (local.set $hxb (i32.and (i32.shr_u (local.get $shb) (i32.const 11)) (i32.const 0xfffff)))
    (local.set $ia (i32.shr_u (i32.and (i32.add (local.get $hxa) (i32.const 0x95f64)) (i32.const 0x100000)) (i32.const 20)))
    (local.set $ib (i32.shr_u (i32.and (i32.add (local.get $hxb) (i32.const 0x95f64)) (i32.const 0x100000)) (i32.const 20)))
    ;; f = (m << z)·(2^-32·(2 − i)) − 1, k = i − 1 − z
    (local.set $f (f64x2.sub
      (f64x2.mul
        (f64x2.replace_lane 1 (f64x2.splat (f64.convert_i32_u (local.get $sha))) (f64.convert_i32_u (local.get $shb)))
        (f64x2.replace_lane 1
          (f64x2.splat (f64.mul (f64.const 0x1p-32) (f64.convert_i32_s (i32.sub (i32.const 2) (local.get $ia)))))
          (f64.mul (f64.const 0x1p-32) (f64.convert_i32_s (i32.sub (i32.const 2) (local.get $ib))))))
      (global.get $one)))
    (local.set $dk (f64x2.replace_lane 1
      (f64x2.splat (f64.convert_i32_s (i32.sub (i32.sub (local.get $ia) (i32.const 1)) (local.get $za))))
      (f64.convert_i32_s (i32.sub (i32.sub (local.get $ib) (i32.const 1)) (local.get $zb)))))
    ;; logOfReduced: s = f/(2 + f), z = s², w = z², r = t2 + t1
    (local.set $s (f64x2.div (local.get $f) (f64x2.add (global.get $two) (local.get $f))))
    (local.set $z (f64x2.mul (local.get $s) (local.get $s)))
    (local.set $w (f64x2.mul (local.get $z) (local.get $z)))
    (local.set $r (f64x2.add
      ;; t2 = z·(lg1 + w·(lg3 + w·(lg5 + w·lg7)))
      (f64x2.mul (local.get $z) (f64x2.add (global.get $lg1) (f64x2.mul (local.get $w)
        (f64x2.add (global.get $lg3) (f64x2.mul (local.get $w) (f64x2.add (global.get $lg5) (f64x2.mul (local.get $w) (global.get $lg7))))))))
      ;; t1 = w·(lg2 + w·(lg4 + w·lg6))
      (f64x2.mul (local.get $w) (f64x2.add (global.get $lg2) (f64x2.mul (local.get $w) (f64x2.add (global.get $lg4) (f64x2.mul (local.get $w) (global.get $lg6))))))))
    (local.set $hfsq (f64x2.mul (f64x2.mul (global.get $half) (local.get $f)) (local.get $f)))
    (local.set $l (v128.bitselect
      ;; hx outside [0x6147a, 0x6b851]: dk·ln2Hi − ((hfsq − (s·(hfsq + r) + dk·ln2Lo)) − f)
      (f64x2.sub (f64x2.mul (local.get $dk) (global.get $ln2Hi))
        (f64x2.sub
          (f64x2.sub (local.get $hfsq)
            (f64x2.add (f64x2.mul (local.get $s) (f64x2.add (local.get $hfsq) (local.get $r))) (f64x2.mul (local.get $dk) (global.get $ln2Lo))))
          (local.get $f)))
      ;; inside: dk·ln2Hi − ((s·(f − r) − dk·ln2Lo) − f)
      (f64x2.sub (f64x2.mul (local.get $dk) (global.get $ln2Hi))
        (f64x2.sub
          (f64x2.sub (f64x2.mul (local.get $s) (f64x2.sub (local.get $f) (local.get $r))) (f64x2.mul (local.get $dk) (global.get $ln2Lo)))
          (local.get $f)))
      (i64x2.replace_lane 1
        (i64x2.splat (i64.extend_i32_s (i32.sub (i32.const 0) (i32.gt_s
          (i32.or (i32.sub (local.get $hxa) (i32.const 0x6147a)) (i32.sub (i32.const 0x6b851) (local.get $hxa))) (i32.const 0)))))
        (i64.extend_i32_s (i32.sub (i32.const 0) (i32.gt_s
          (i32.or (i32.sub (local.get $hxb) (i32.const 0x6147a)) (i32.sub (i32.const 0x6b851) (local.get $hxb))) (i32.const 0)))))))
    ;; |f| < 2^-20 (m within 2^-20 of a power of two): fdlibm's other formula, by `log` itself
    (if (i32.lt_s (i32.and (i32.add (local.get $hxa) (i32.const 2)) (i32.const 0xfffff)) (i32.const 3))
      (then (local.set $l (f64x2.replace_lane 0 (local.get $l)
        (call $log (f64.mul (f64.convert_i32_u (local.get $ma)) (f64.const 0x1p-32)))))))
    (if (i32.lt_s (i32.and (i32.add (local.get $hxb) (i32.const 2)) (i32.const 0xfffff)) (i32.const 3))
      (then (local.set $l (f64x2.replace_lane 1 (local.get $l)
        (call $log (f64.mul (f64.convert_i32_u (local.get $mb)) (f64.const 0x1p-32)))))))
    (local.get $l))

  ;; ln(m·2^-32) from lane 0 or 1 of $logs(m, m), for the tests.
  (func (export "logWord") (param $m i32) (param $lane i32) (result f64)
    (local $l v128)
    (local.set $l (call $logs (local.get $m) (local.get $m)))
    (select (f64x2.extract_lane 1 (local.get $l)) (f64x2.extract_lane 0 (local.get $l)) (local.get $lane)))

  ;; Two pairs (r, θ), θ ∈ [0, 2π), one per lane, become (r·cos θ, r·sin θ) at bytes p and p + 16
  ;; (the second only when `two`): math/trig.ts `polarPair` for both at once; the rare angles
  ;; (|head| < 2^-17, or n = 1 below quarterPi) are written again by the import.
  (func $polar2 (param $p i32) (param $r v128) (param $x v128) (param $two i32)
    (local $n v128) (local $fn v128) (local $t v128) (local $w v128) (local $head v128) (local $tail v128) (local $rare v128)
    (local $z v128) (local $v v128) (local $rs v128) (local $ax v128) (local $qx v128) (local $c v128) (local $s v128)
    (local $odd v128) (local $cos v128) (local $sin v128)
    ;; n = (x·2/π + 0.5) | 0 in lanes 0 and 1
    (local.set $n (i32x4.trunc_sat_f64x2_s_zero (f64x2.add (f64x2.mul (local.get $x) (global.get $invPio2)) (global.get $half))))
    (local.set $fn (f64x2.convert_low_i32x4_s (local.get $n)))
    (local.set $w (f64x2.mul (local.get $fn) (global.get $pio2_1t)))
    (local.set $t (f64x2.sub (local.get $x) (f64x2.mul (local.get $fn) (global.get $pio2_1))))
    (local.set $head (f64x2.sub (local.get $t) (local.get $w)))
    (local.set $tail (f64x2.sub (f64x2.sub (local.get $t) (local.get $head)) (local.get $w)))
    (local.set $rare (v128.or
      (f64x2.lt (f64x2.abs (local.get $head)) (global.get $headBound))
      (v128.and (f64x2.lt (local.get $x) (global.get $quarterPi))
        (i64x2.extend_low_i32x4_s (i32x4.ne (local.get $n) (v128.const i32x4 0 0 0 0))))))
    (local.set $z (f64x2.mul (local.get $head) (local.get $head)))
    ;; kernelCos(head, tail): qx is 0 below 0.3, 0.28125 above 0.78125, between them |x| with its
    ;; high word less 0x00200000 and low word 0 (fdlibm's INSERT_WORDS(qx, ix − 0x00200000, 0))
    (local.set $ax (f64x2.abs (local.get $head)))
    (local.set $qx (v128.bitselect (global.get $qxHigh)
      (v128.and (f64x2.ge (local.get $ax) (global.get $point3))
        (v128.and (i64x2.sub (local.get $ax) (v128.const i64x2 0x0020000000000000 0x0020000000000000))
          (v128.const i64x2 0xffffffff00000000 0xffffffff00000000)))
      (f64x2.ge (local.get $ax) (global.get $above78125))))
    ;; (1 − qx) − ((0.5·z − qx) − (z·r − x·y)), r = z·(c1 + z·(c2 + z·(c3 + z·(c4 + z·(c5 + z·c6)))))
    (local.set $c (f64x2.sub (f64x2.sub (global.get $one) (local.get $qx))
      (f64x2.sub (f64x2.sub (f64x2.mul (global.get $half) (local.get $z)) (local.get $qx))
        (f64x2.sub
          (f64x2.mul (local.get $z) (f64x2.mul (local.get $z)
            (f64x2.add (global.get $c1) (f64x2.mul (local.get $z) (f64x2.add (global.get $c2) (f64x2.mul (local.get $z)
              (f64x2.add (global.get $c3) (f64x2.mul (local.get $z) (f64x2.add (global.get $c4) (f64x2.mul (local.get $z)
                (f64x2.add (global.get $c5) (f64x2.mul (local.get $z) (global.get $c6)))))))))))))
          (f64x2.mul (local.get $head) (local.get $tail))))))
    ;; kernelSin(head, tail, n ≠ 0): r = s2 + z·(s3 + z·(s4 + z·(s5 + z·s6))), v = z·x
    (local.set $v (f64x2.mul (local.get $z) (local.get $head)))
    (local.set $rs (f64x2.add (global.get $s2) (f64x2.mul (local.get $z) (f64x2.add (global.get $s3) (f64x2.mul (local.get $z)
      (f64x2.add (global.get $s4) (f64x2.mul (local.get $z) (f64x2.add (global.get $s5) (f64x2.mul (local.get $z) (global.get $s6))))))))))
    (local.set $s (v128.bitselect
      ;; n ≠ 0: x − ((z·(0.5·y − v·r) − y) − v·s1)
      (f64x2.sub (local.get $head)
        (f64x2.sub
          (f64x2.sub (f64x2.mul (local.get $z) (f64x2.sub (f64x2.mul (global.get $half) (local.get $tail)) (f64x2.mul (local.get $v) (local.get $rs))))
            (local.get $tail))
          (f64x2.mul (local.get $v) (global.get $s1))))
      ;; n = 0: x + v·(s1 + z·r)
      (f64x2.add (local.get $head) (f64x2.mul (local.get $v) (f64x2.add (global.get $s1) (f64x2.mul (local.get $z) (local.get $rs)))))
      (i64x2.extend_low_i32x4_s (i32x4.ne (local.get $n) (v128.const i32x4 0 0 0 0)))))
    ;; quadrant n & 3: sin is s, c, −s, −c and cos c, −s, −c, s: r·(1 − ((n + 1) & 2)) times c or s
    (local.set $odd (i64x2.extend_low_i32x4_s (i32x4.ne (v128.and (local.get $n) (v128.const i32x4 1 1 1 1)) (v128.const i32x4 0 0 0 0))))
    (local.set $cos (f64x2.mul
      (f64x2.mul (local.get $r) (f64x2.convert_low_i32x4_s (i32x4.sub (v128.const i32x4 1 1 1 1)
        (v128.and (i32x4.add (local.get $n) (v128.const i32x4 1 1 1 1)) (v128.const i32x4 2 2 2 2)))))
      (v128.bitselect (local.get $s) (local.get $c) (local.get $odd))))
    (local.set $sin (f64x2.mul
      (f64x2.mul (local.get $r) (f64x2.convert_low_i32x4_s (i32x4.sub (v128.const i32x4 1 1 1 1)
        (v128.and (local.get $n) (v128.const i32x4 2 2 2 2)))))
      (v128.bitselect (local.get $c) (local.get $s) (local.get $odd))))
    (v128.store (local.get $p) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $cos) (local.get $sin)))
    (if (local.get $two)
      (then (v128.store offset=16 (local.get $p)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $cos) (local.get $sin)))))
    (if (v128.any_true (local.get $rare))
      (then
        (if (i64.ne (i64x2.extract_lane 0 (local.get $rare)) (i64.const 0))
          (then (call $rare (local.get $p) (f64x2.extract_lane 0 (local.get $r)) (f64x2.extract_lane 0 (local.get $x)))))
        (if (i32.and (local.get $two) (i64.ne (i64x2.extract_lane 1 (local.get $rare)) (i64.const 0)))
          (then (call $rare (i32.add (local.get $p) (i32.const 16)) (f64x2.extract_lane 1 (local.get $r)) (f64x2.extract_lane 1 (local.get $x))))))))

  ;; The n pairs (r, θ) from byte 16 become (r·cos θ, r·sin θ), two at a time.
  (func (export "polarPairs") (param $n i32)
    (local $p i32) (local $end i32) (local $a v128) (local $b v128)
    (local.set $p (i32.const 16))
    (local.set $end (i32.add (i32.const 16) (i32.shl (local.get $n) (i32.const 4))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (local.set $a (v128.load (local.get $p)))
      (local.set $b (v128.load offset=16 (local.get $p)))
      (call $polar2 (local.get $p)
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a) (local.get $b))
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a) (local.get $b))
        (i32.lt_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
      (local.set $p (i32.add (local.get $p) (i32.const 32)))
      (br $next))))

  ;; n Box–Muller pairs from byte 16, two at a time (the last alone when n is odd), u = 0 drawn
  ;; again. Alea's step t = 2091639·a + c gives the draw t mod 2^32 and the carry ⌊t/2^32⌋
  ;; (boxMullerAlea.ts proves it is nextAlea's); r = √(−2 ln u), θ = v·(2π·2^-32).
  (func (export "pairs") (param $n i32)
    (local $a i32) (local $b i32) (local $d i32) (local $c i32) (local $t i64) (local $p i32) (local $end i32) (local $two i32)
    (local $ua i32) (local $va i32) (local $ub i32) (local $vb i32)
    (local.set $a (i32.load (i32.const 0)))
    (local.set $b (i32.load (i32.const 4)))
    (local.set $d (i32.load (i32.const 8)))
    (local.set $c (i32.load (i32.const 12)))
    (local.set $p (i32.const 16))
    (local.set $end (i32.add (i32.const 16) (i32.shl (local.get $n) (i32.const 4))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $redrawA
        (local.set $t (i64.add (i64.mul (i64.extend_i32_u (local.get $a)) (i64.const 2091639)) (i64.extend_i32_u (local.get $c))))
        (local.set $c (i32.wrap_i64 (i64.shr_u (local.get $t) (i64.const 32))))
        (local.set $a (local.get $b))
        (local.set $b (local.get $d))
        (local.set $d (i32.wrap_i64 (local.get $t)))
        (local.set $ua (local.get $d))
        (br_if $redrawA (i32.eqz (local.get $ua))))
      (local.set $t (i64.add (i64.mul (i64.extend_i32_u (local.get $a)) (i64.const 2091639)) (i64.extend_i32_u (local.get $c))))
      (local.set $c (i32.wrap_i64 (i64.shr_u (local.get $t) (i64.const 32))))
      (local.set $a (local.get $b))
      (local.set $b (local.get $d))
      (local.set $d (i32.wrap_i64 (local.get $t)))
      (local.set $va (local.get $d))
      (local.set $two (i32.lt_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
      (local.set $ub (local.get $ua))
      (local.set $vb (local.get $va))
      (if (local.get $two)
        (then
          (loop $redrawB
            (local.set $t (i64.add (i64.mul (i64.extend_i32_u (local.get $a)) (i64.const 2091639)) (i64.extend_i32_u (local.get $c))))
            (local.set $c (i32.wrap_i64 (i64.shr_u (local.get $t) (i64.const 32))))
            (local.set $a (local.get $b))
            (local.set $b (local.get $d))
            (local.set $d (i32.wrap_i64 (local.get $t)))
            (local.set $ub (local.get $d))
            (br_if $redrawB (i32.eqz (local.get $ub))))
          (local.set $t (i64.add (i64.mul (i64.extend_i32_u (local.get $a)) (i64.const 2091639)) (i64.extend_i32_u (local.get $c))))
          (local.set $c (i32.wrap_i64 (i64.shr_u (local.get $t) (i64.const 32))))
          (local.set $a (local.get $b))
          (local.set $b (local.get $d))
          (local.set $d (i32.wrap_i64 (local.get $t)))
          (local.set $vb (local.get $d))))
      (call $polar2 (local.get $p)
        (f64x2.sqrt (f64x2.mul (global.get $minusTwo) (call $logs (local.get $ua) (local.get $ub))))
        (f64x2.mul (f64x2.convert_low_i32x4_u (i32x4.replace_lane 1 (i32x4.splat (local.get $va)) (local.get $vb))) (global.get $twoPiScale))
        (local.get $two))
      (local.set $p (i32.add (local.get $p) (i32.const 32)))
      (br $next)))
    (i32.store (i32.const 0) (local.get $a))
    (i32.store (i32.const 4) (local.get $b))
    (i32.store (i32.const 8) (local.get $d))
    (i32.store (i32.const 12) (local.get $c))))

