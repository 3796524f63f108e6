// Reads the whole policy text and reviews it off the main thread: at 5,000 rules that is
// 100-200 ms, which would otherwise delay the next click after every edit.
import { parsePolicy, reviewPolicy, type Tool } from '../core';
import type { CheckReply, CheckRequest } from './checkProtocol';

let tools: Tool[] = [];

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  if (request.tools) tools = request.tools;
  const result = parsePolicy(request.text, tools.length > 0 ? { tools } : {});
  const review = result.ok
    ? reviewPolicy(result.policy, tools, { text: request.text }).map((finding) => {
        const copy = { ...finding };
        delete copy.fix;
        return copy;
      })
    : [];
  const reply: CheckReply = { id: request.id, ok: result.ok, findings: result.findings, review };
  self.postMessage(reply);
};
