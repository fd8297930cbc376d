// Runs a script's main function: known errors print one clear line, never a stack trace.
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`\nError: ${message}`);
      if (process.env.SIGNET_DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
