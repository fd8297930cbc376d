// Moved to lib/results/format.ts (the PDF report writes numbers with the same formatters); this
// re-export keeps imports of other work in progress compiling until they are pointed there.
export * from '@/lib/results/format';
