;; Box–Muller pairs from an alea state in WebAssembly: the numbers of boxMullerAlea.ts (its JS path)
;; to the bit. WebAssembly's f64 arithmetic is IEEE-754 binary64 with rounding to nearest, no
;; contraction into fused multiply-adds, and a correctly rounded sqrt, so each expression below
;; gives the bits of the same expression in JavaScript; i64 arithmetic makes alea's step and
;; fdlibm's bit reads single instructions. Every formula follows the JS path in the same order of
;; operations (math/log.ts `logOfWord`, `logOfReduced`; math/trig.ts `polarPair`, `kernelSin`,
;; `kernelCos`), where the reasons why it gives fdlibm's bits are written out.
;;
;; Memory (the module's own, one page): bytes 0..15 the alea state as four u32 (words a, b, d of
;; s0, s1, s2 times 2^32, and the carry c); from byte 16 the output, pairs of f64.
;; `pairs(n)` draws n pairs into bytes 16 .. 16 + 16n and advances the state in memory.
;; `polarPairs(n)` turns the n pairs (r, θ) at byte 16 into (r·cos θ, r·sin θ) in place, and
;; `logWord(m)` is ln(m·2^-32): the pieces of `pairs`, exported for the tests.
;;
;; Rare cases call back into JavaScript (imports "js"): `log(u)` for the log's |f| < 2^-20 case
;; (m within 2^-20 of a power of two), `rare(at, r, θ)` for the angles that leave the quick
;; reduction (|head| < 2^-17, or n = 1 below quarterPi), about one pair in 10^5; it writes the
;; pair at byte `at`.
;;
;; fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
;; SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
;; this software is freely granted, provided that this notice is preserved.
(module
  (import "js" "log" (func $log (param f64) (result f64)))
  (import "js" "rare" (func $rare (param i32 f64 f64)))
  (memory (export "memory") 1)

  ;; ln(m·2^-32) for a word m ≠ 0 (as u32): math/log.ts `logOfWord`, reduction read from m.
  (func $logWord (export "logWord") (param $m i32) (result f64)
    (local $z i32) (local $sh i32) (local $hx i32) (local $i i32)
    (local $f f64) (local $dk f64) (local $s f64) (local $zz f64) (local $w f64) (local $r f64) (local $hfsq f64)
    (local.set $z (i32.clz (local.get $m)))
    (local.set $sh (i32.shl (local.get $m) (local.get $z)))
    (local.set $hx (i32.and (i32.shr_u (local.get $sh) (i32.const 11)) (i32.const 0xfffff)))
    (local.set $i (i32.shr_u (i32.and (i32.add (local.get $hx) (i32.const 0x95f64)) (i32.const 0x100000)) (i32.const 20)))
    (if (i32.lt_s (i32.and (i32.add (local.get $hx) (i32.const 2)) (i32.const 0xfffff)) (i32.const 3))
      (then (return (call $log (f64.mul (f64.convert_i32_u (local.get $m)) (f64.const 0x1p-32))))))
    (local.set $dk (f64.convert_i32_s (i32.sub (i32.sub (local.get $i) (i32.const 1)) (local.get $z))))
    ;; f = (m << z)·2^(−31−i) − 1: the scale 2^-32·(2 − i) is 2^-31 or 2^-32
    (local.set $f (f64.sub
      (f64.mul (f64.convert_i32_u (local.get $sh)) (f64.mul (f64.const 0x1p-32) (f64.convert_i32_s (i32.sub (i32.const 2) (local.get $i)))))
      (f64.const 1)))
    ;; logOfReduced(k, hx, f)
    (local.set $s (f64.div (local.get $f) (f64.add (f64.const 2) (local.get $f))))
    (local.set $zz (f64.mul (local.get $s) (local.get $s)))
    (local.set $w (f64.mul (local.get $zz) (local.get $zz)))
    (local.set $r (f64.add
      ;; t2 = z·(lg1 + w·(lg3 + w·(lg5 + w·lg7)))
      (f64.mul (local.get $zz) (f64.add (f64.const 0x1.5555555555593p-1) (f64.mul (local.get $w)
        (f64.add (f64.const 0x1.2492494229359p-2) (f64.mul (local.get $w)
          (f64.add (f64.const 0x1.7466496cb03dep-3) (f64.mul (local.get $w) (f64.const 0x1.2f112df3e5244p-3))))))))
      ;; t1 = w·(lg2 + w·(lg4 + w·lg6))
      (f64.mul (local.get $w) (f64.add (f64.const 0x1.999999997fa04p-2) (f64.mul (local.get $w)
        (f64.add (f64.const 0x1.c71c51d8e78afp-3) (f64.mul (local.get $w) (f64.const 0x1.39a09d078c69fp-3))))))))
    (if (i32.gt_s (i32.or (i32.sub (local.get $hx) (i32.const 0x6147a)) (i32.sub (i32.const 0x6b851) (local.get $hx))) (i32.const 0))
      (then
        (local.set $hfsq (f64.mul (f64.mul (f64.const 0.5) (local.get $f)) (local.get $f)))
        ;; dk·ln2Hi − ((hfsq − (s·(hfsq + r) + dk·ln2Lo)) − f)
        (return (f64.sub (f64.mul (local.get $dk) (f64.const 0x1.62e42feep-1))
          (f64.sub
            (f64.sub (local.get $hfsq)
              (f64.add (f64.mul (local.get $s) (f64.add (local.get $hfsq) (local.get $r)))
                (f64.mul (local.get $dk) (f64.const 0x1.a39ef35793c76p-33))))
            (local.get $f))))))
    ;; dk·ln2Hi − ((s·(f − r) − dk·ln2Lo) − f)
    (f64.sub (f64.mul (local.get $dk) (f64.const 0x1.62e42feep-1))
      (f64.sub
        (f64.sub (f64.mul (local.get $s) (f64.sub (local.get $f) (local.get $r)))
          (f64.mul (local.get $dk) (f64.const 0x1.a39ef35793c76p-33)))
        (local.get $f))))

  ;; The pair at byte p becomes (r·cos θ, r·sin θ), θ ∈ [0, 2π): math/trig.ts `polarPair`.
  (func $polar (param $p i32) (param $r f64) (param $x f64)
    (local $n i32) (local $odd i32) (local $fn f64) (local $t f64) (local $w f64) (local $head f64) (local $tail f64)
    (local $z f64) (local $v f64) (local $rs f64) (local $ix i32) (local $qx f64) (local $c f64) (local $s f64)
    (local.set $n (i32.trunc_f64_s (f64.add (f64.mul (local.get $x) (f64.const 0x1.45f306dc9c883p-1)) (f64.const 0.5))))
    (local.set $fn (f64.convert_i32_s (local.get $n)))
    (local.set $w (f64.mul (local.get $fn) (f64.const 0x1.0b4611a626331p-34)))
    (local.set $t (f64.sub (local.get $x) (f64.mul (local.get $fn) (f64.const 0x1.921fb544p+0))))
    (local.set $head (f64.sub (local.get $t) (local.get $w)))
    (local.set $tail (f64.sub (f64.sub (local.get $t) (local.get $head)) (local.get $w)))
    ;; |head| < 2^-17, or n = 1 below quarterPi (θ's high word ≤ 0x3fe921fb): fdlibm's other paths
    (if (i32.or (f64.lt (f64.abs (local.get $head)) (f64.const 0x1p-17))
                (i32.and (f64.lt (local.get $x) (f64.const 0x1.921fcp-1)) (i32.ne (local.get $n) (i32.const 0))))
      (then (call $rare (local.get $p) (local.get $r) (local.get $x)) (return)))
    (local.set $z (f64.mul (local.get $head) (local.get $head)))
    ;; kernelCos(head, tail); qx by fdlibm's INSERT_WORDS(qx, ix − 0x00200000, 0), 0 below 0.3, 0.28125 above 0.78125
    (local.set $ix (i32.and (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $head)) (i64.const 32))) (i32.const 0x7fffffff)))
    (local.set $qx (f64.reinterpret_i64 (select (i64.const 0x3fd2000000000000) ;; 0.28125
      (select (i64.shl (i64.extend_i32_u (i32.sub (local.get $ix) (i32.const 0x00200000))) (i64.const 32))
        (i64.const 0) (i32.ge_s (local.get $ix) (i32.const 0x3fd33333)))
      (i32.gt_s (local.get $ix) (i32.const 0x3fe90000)))))
    ;; (1 − qx) − ((0.5·z − qx) − (z·r − x·y)), r = z·(c1 + z·(c2 + z·(c3 + z·(c4 + z·(c5 + z·c6)))))
    (local.set $c (f64.sub (f64.sub (f64.const 1) (local.get $qx))
      (f64.sub (f64.sub (f64.mul (f64.const 0.5) (local.get $z)) (local.get $qx))
        (f64.sub
          (f64.mul (local.get $z) (f64.mul (local.get $z)
            (f64.add (f64.const 0x1.555555555554cp-5) (f64.mul (local.get $z)
              (f64.add (f64.const -0x1.6c16c16c15177p-10) (f64.mul (local.get $z)
                (f64.add (f64.const 0x1.a01a019cb159p-16) (f64.mul (local.get $z)
                  (f64.add (f64.const -0x1.27e4f809c52adp-22) (f64.mul (local.get $z)
                    (f64.add (f64.const 0x1.1ee9ebdb4b1c4p-29) (f64.mul (local.get $z) (f64.const -0x1.8fae9be8838d4p-37)))))))))))))
          (f64.mul (local.get $head) (local.get $tail))))))
    ;; kernelSin(head, tail, n ≠ 0): r = s2 + z·(s3 + z·(s4 + z·(s5 + z·s6))), v = z·x
    (local.set $v (f64.mul (local.get $z) (local.get $head)))
    (local.set $rs (f64.add (f64.const 0x1.111111110f8a6p-7) (f64.mul (local.get $z)
      (f64.add (f64.const -0x1.a01a019c161d5p-13) (f64.mul (local.get $z)
        (f64.add (f64.const 0x1.71de357b1fe7dp-19) (f64.mul (local.get $z)
          (f64.add (f64.const -0x1.ae5e68a2b9cebp-26) (f64.mul (local.get $z) (f64.const 0x1.5d93a5acfd57cp-33))))))))))
    (local.set $s (f64.reinterpret_i64 (select
      ;; x − ((z·(0.5·y − v·r) − y) − v·s1)
      (i64.reinterpret_f64 (f64.sub (local.get $head)
        (f64.sub
          (f64.sub (f64.mul (local.get $z) (f64.sub (f64.mul (f64.const 0.5) (local.get $tail)) (f64.mul (local.get $v) (local.get $rs))))
            (local.get $tail))
          (f64.mul (local.get $v) (f64.const -0x1.5555555555549p-3)))))
      ;; x + v·(s1 + z·r)
      (i64.reinterpret_f64 (f64.add (local.get $head) (f64.mul (local.get $v) (f64.add (f64.const -0x1.5555555555549p-3) (f64.mul (local.get $z) (local.get $rs))))))
      (local.get $n))))
    ;; quadrant n & 3: sin is s, c, −s, −c and cos c, −s, −c, s. Every choice by the angle is an
    ;; integer select (a conditional move), not a branch nor an f64 select, which V8 compiles to a
    ;; branch on x64: a mispredicted branch costs more than a kernel.
    (local.set $odd (i32.and (local.get $n) (i32.const 1)))
    (f64.store (local.get $p)
      (f64.mul (f64.mul (local.get $r) (f64.convert_i32_s (i32.sub (i32.const 1) (i32.and (i32.add (local.get $n) (i32.const 1)) (i32.const 2)))))
        (f64.reinterpret_i64 (select (i64.reinterpret_f64 (local.get $s)) (i64.reinterpret_f64 (local.get $c)) (local.get $odd)))))
    (f64.store offset=8 (local.get $p)
      (f64.mul (f64.mul (local.get $r) (f64.convert_i32_s (i32.sub (i32.const 1) (i32.and (local.get $n) (i32.const 2)))))
        (f64.reinterpret_i64 (select (i64.reinterpret_f64 (local.get $c)) (i64.reinterpret_f64 (local.get $s)) (local.get $odd))))))

  ;; The n pairs (r, θ) from byte 16 become (r·cos θ, r·sin θ).
  (func (export "polarPairs") (param $n i32)
    (local $p i32) (local $end i32)
    (local.set $p (i32.const 16))
    (local.set $end (i32.add (i32.const 16) (i32.shl (local.get $n) (i32.const 4))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (call $polar (local.get $p) (f64.load (local.get $p)) (f64.load offset=8 (local.get $p)))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br $next))))

  ;; n Box–Muller pairs from byte 16, u = 0 drawn again; alea's step t = 2091639·a + c gives the
  ;; draw t mod 2^32 and the carry ⌊t/2^32⌋ (boxMullerAlea.ts proves it is nextAlea's).
  (func (export "pairs") (param $n i32)
    (local $a i32) (local $b i32) (local $d i32) (local $c i32) (local $u i32) (local $t i64) (local $p i32) (local $end i32)
    (local.set $a (i32.load (i32.const 0)))
    (local.set $b (i32.load (i32.const 4)))
    (local.set $d (i32.load (i32.const 8)))
    (local.set $c (i32.load (i32.const 12)))
    (local.set $p (i32.const 16))
    (local.set $end (i32.add (i32.const 16) (i32.shl (local.get $n) (i32.const 4))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $redraw
        (local.set $t (i64.add (i64.mul (i64.extend_i32_u (local.get $a)) (i64.const 2091639)) (i64.extend_i32_u (local.get $c))))
        (local.set $u (i32.wrap_i64 (local.get $t)))
        (local.set $c (i32.wrap_i64 (i64.shr_u (local.get $t) (i64.const 32))))
        (local.set $a (local.get $b))
        (local.set $b (local.get $d))
        (local.set $d (local.get $u))
        (br_if $redraw (i32.eqz (local.get $u))))
      (local.set $t (i64.add (i64.mul (i64.extend_i32_u (local.get $a)) (i64.const 2091639)) (i64.extend_i32_u (local.get $c))))
      (local.set $c (i32.wrap_i64 (i64.shr_u (local.get $t) (i64.const 32))))
      (local.set $a (local.get $b))
      (local.set $b (local.get $d))
      (local.set $d (i32.wrap_i64 (local.get $t)))
      ;; r = √(−2 ln u), θ = v·(2π·2^-32)
      (call $polar (local.get $p)
        (f64.sqrt (f64.mul (f64.const -2) (call $logWord (local.get $u))))
        (f64.mul (f64.convert_i32_u (local.get $d)) (f64.const 0x1.921fb54442d18p-30)))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br $next)))
    (i32.store (i32.const 0) (local.get $a))
    (i32.store (i32.const 4) (local.get $b))
    (i32.store (i32.const 8) (local.get $d))
    (i32.store (i32.const 12) (local.get $c))))
