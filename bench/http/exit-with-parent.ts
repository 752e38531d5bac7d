/**
 * Preloaded (`node --import`) into every process the bench starts: when the bench goes away, even killed
 * outright, its IPC channel closes and the child exits instead of living on as an orphan holding a port.
 */
if (process.channel) {
  process.channel.unref();
  process.once('disconnect', () => process.exit(0));
}
