/**
 * Above this many labels (design points, compared runs) a figure of curves gives each label
 * its own column instead of sharing one panel, and `rcmp compare` keeps a few chosen points.
 * In a file of its own, without Plot, so that code deciding how many to draw need not load the
 * figure code (the CLI's start-up).
 */
export const maxOverlaidLabels = 8;
