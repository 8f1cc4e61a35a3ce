/** A one-line progress bar on a terminal (stderr); silent when stderr is not a TTY. */
export function progressBar(stream: NodeJS.WriteStream, label: string) {
  const tty = Boolean(stream.isTTY);
  return {
    update(done: number, total: number, note = '') {
      if (!tty) return;
      const width = 24;
      const filled = total ? Math.round((done / total) * width) : 0;
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${note}`;
      stream.write(`\r${line.slice(0, (stream.columns ?? 80) - 1).padEnd(Math.min(stream.columns ?? 80, 80) - 1)}`);
    },
    done() {
      if (tty) stream.write('\n');
    },
  };
}
