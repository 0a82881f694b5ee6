// Ends every run with one plain "passed, failed" line, the form CI reads to know tests ran.
// Jest prints its own summary after every reporter's onRunComplete, so the line waits for exit.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Summary: ${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    process.once("exit", () => {
      process.stderr.write(`${skipped > 0 ? `${line}, ${skipped} skipped` : line}\n`);
    });
  }
}

module.exports = SummaryReporter;
