import { createInterface } from 'node:readline';
import { Chat, type ChatOptions } from './chat.js';
import { terminalWidth } from './text.js';

/** Runs the chat on stdin/stdout: a prompt when interactive, plain line-by-line when piped. Ends on q or end of input. */
export async function runChat(options: Omit<ChatOptions, 'width'>): Promise<void> {
  const chat = new Chat({ ...options, width: terminalWidth(process.stdout) });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  const write = (text: string) => process.stdout.write(`${text}\n\n`);
  write(chat.welcome());
  rl.setPrompt('> ');
  rl.prompt();
  for await (const line of rl) {
    const reply = chat.handle(line);
    write(reply.text);
    if (reply.done) break;
    rl.prompt();
  }
  rl.close();
}
