/**
 * The harness's stand-in for electron/preload.ts: the same `window.ipsDesk.invoke(channel, input)`,
 * forwarded over loopback HTTP instead of Electron IPC. Served as a file so the page needs no inline script
 * and its CSP stays as strict as the app's.
 */
export const BRIDGE_SCRIPT_PATH = '/__ipsdesk_bridge.js';
export const TOKEN_HEADER = 'x-ipsdesk-token';
export const IPC_PATH = '/ipc';
/** Server-sent events carrying the main process's events (shared/ipc/events.ts). EventSource cannot send a header, so the token rides in the query. */
export const EVENTS_PATH = '/__ipsdesk_events';

export function bridgeScript(token: string): string {
  return `"use strict";
(function () {
  var token = ${JSON.stringify(token)};
  var listeners = {};
  var source = null;
  function listen() {
    if (source) return;
    source = new EventSource(${JSON.stringify(EVENTS_PATH)} + '?token=' + encodeURIComponent(token));
    source.onmessage = function (message) {
      var event = JSON.parse(message.data);
      (listeners[event.name] || []).slice().forEach(function (listener) { listener(event.payload); });
    };
  }
  var bridge = Object.freeze({
    invoke: function (channel, input) {
      return fetch(${JSON.stringify(IPC_PATH)}, {
        method: 'POST',
        headers: { ${JSON.stringify(TOKEN_HEADER)}: token, 'content-type': 'application/json' },
        body: JSON.stringify({ channel: channel, input: input }),
      }).then(function (response) { return response.json(); });
    },
    on: function (name, listener) {
      listen();
      (listeners[name] = listeners[name] || []).push(listener);
      return function () {
        listeners[name] = (listeners[name] || []).filter(function (l) { return l !== listener; });
      };
    },
  });
  Object.defineProperty(window, 'ipsDesk', { value: bridge, writable: false, configurable: false, enumerable: true });
})();
`;
}

/** Adds the bridge script before the app's own script, so `window.ipsDesk` exists when the app starts. */
export function injectBridge(indexHtml: string): string {
  const tag = `<script src="${BRIDGE_SCRIPT_PATH}"></script>`;
  const at = indexHtml.indexOf('<script');
  if (at === -1) {
    const headEnd = indexHtml.indexOf('</head>');
    if (headEnd === -1) throw new Error('The built index.html has neither a <script> nor a </head>: is dist/renderer a renderer build?');
    return `${indexHtml.slice(0, headEnd)}${tag}\n${indexHtml.slice(headEnd)}`;
  }
  return `${indexHtml.slice(0, at)}${tag}\n    ${indexHtml.slice(at)}`;
}
