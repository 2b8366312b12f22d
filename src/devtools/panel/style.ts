/** The panel's styles, scoped under `.sl-panel` so they neither leak into nor take from the page. */
export const PANEL_CSS = `
.sl-panel{--bg:#141a26;--bg2:#1c2433;--line:#2a3446;--text:#d8deea;--muted:#8391a9;--accent:#7aa2f7;
  background:var(--bg);color:var(--text);font:12px/1.45 ui-sans-serif,system-ui,sans-serif;
  display:flex;flex-direction:column;border:1px solid var(--line);border-radius:8px;overflow:hidden;
  min-height:0;box-sizing:border-box}
.sl-panel *{box-sizing:border-box}
.sl-panel.sl-dock{position:fixed;right:12px;bottom:12px;width:min(760px,calc(100vw - 24px));
  height:min(520px,70vh);z-index:2147483000;box-shadow:0 8px 30px rgba(0,0,0,.35)}
.sl-panel.is-collapsed{height:auto}
.sl-panel.is-collapsed .sl-main{display:none}
.sl-panel button{font:inherit;color:inherit;background:var(--bg2);border:1px solid var(--line);
  border-radius:4px;padding:2px 8px;cursor:pointer}
.sl-panel button:hover{border-color:var(--accent)}
.sl-header{display:flex;gap:6px;align-items:center;padding:6px 8px;border-bottom:1px solid var(--line);flex-wrap:wrap}
.sl-mode{color:var(--muted);font-size:11px}
.sl-mode[data-mode=recorded]{color:#e0af68}
.sl-tabs{display:flex;gap:2px}
.sl-tabs [aria-selected=true]{background:var(--accent);color:#10141d;border-color:var(--accent)}
.sl-header input[type=search]{flex:1;min-width:120px;background:var(--bg2);color:var(--text);
  border:1px solid var(--line);border-radius:4px;padding:2px 6px;font:inherit}
.sl-main{display:flex;flex:1;min-height:0}
.sl-body{flex:1;overflow:auto;padding:6px 8px;min-width:0}
.sl-side{display:none;width:42%;overflow:auto;border-left:1px solid var(--line);padding:6px 8px}
.sl-panel.has-details .sl-side{display:block}
.sl-panel .muted,.sl-panel .task-age{color:var(--muted)}
.sl-panel .empty{color:var(--muted);font-style:italic}
.sl-panel code,.sl-panel pre{font:11px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}
.sl-panel ul.tree{list-style:none;margin:0;padding-left:14px;border-left:1px dotted var(--line)}
.sl-body>ul.tree{padding-left:0;border-left:0}
.sl-panel .task-row{display:flex;gap:6px;align-items:baseline;padding:1px 4px;border-radius:4px;cursor:pointer}
.sl-panel .task-row:hover,.sl-panel .is-selected>.task-row{background:var(--bg2)}
.sl-panel .task-name{font-weight:600}
.sl-panel .task-kind{color:var(--muted);font-style:italic}
.sl-panel .task-effect,.sl-panel .task-error{padding-left:22px}
.sl-panel .task-error{color:#f7768e}
.sl-panel .task-branches{margin:0;padding-left:34px}
.sl-panel .badge{display:inline-block;min-width:58px;text-align:center;border-radius:3px;padding:0 4px;font-size:10px;text-transform:uppercase}
.sl-panel .badge--blocked{background:#3d59a1;color:#fff}
.sl-panel .badge--waiting{background:#565f89;color:#fff}
.sl-panel .badge--running{background:#9ece6a;color:#10141d}
.sl-panel .badge--done{background:#2f3b2a;color:#9ece6a}
.sl-panel .badge--cancelled{background:#3b3424;color:#e0af68}
.sl-panel .badge--failed{background:#4a2030;color:#f7768e}
.sl-panel .tl-tools{display:flex;gap:4px;align-items:center;margin-bottom:4px}
.sl-panel .tl-scroll{overflow-x:auto}
.sl-panel .tl-row{display:flex;align-items:center;height:18px}
.sl-panel .tl-label{flex:0 0 150px;position:sticky;left:0;background:var(--bg);z-index:1;
  white-space:nowrap;overflow:hidden;text-overflow:ellipsis;padding-right:6px}
.sl-panel .tl-track{flex:0 0 auto;position:relative;height:14px;border-bottom:1px solid var(--line)}
.sl-panel .tl-bar{position:absolute;top:2px;height:10px;padding:0;border-radius:3px;min-width:2px;opacity:.85}
.sl-panel .tl-bar.is-selected,.sl-panel .tl-action.is-selected{outline:2px solid #fff}
.sl-panel .tl-mark{position:absolute;top:0;width:2px;height:14px;background:#c0caf5;pointer-events:auto}
.sl-panel .tl-mark--rejected{background:#f7768e}
.sl-panel .tl-mark--cancelled{background:#e0af68}
.sl-panel .tl-action{position:absolute;top:1px;width:8px;height:12px;padding:0;margin-left:-4px;
  background:#bb9af7;border:0;border-radius:2px}
.sl-panel ol.actions{list-style:none;margin:0;padding:0}
.sl-panel li.action{display:flex;gap:8px;padding:1px 4px;border-radius:4px;cursor:pointer}
.sl-panel li.action:hover,.sl-panel li.action.is-selected{background:var(--bg2)}
.sl-panel .action-id{color:var(--muted);min-width:36px}
.sl-panel .action-type{font-weight:600;flex:1}
.sl-panel .origin--saga{color:#bb9af7}
.sl-panel .details h3{margin:0 0 4px;font-size:13px}
.sl-panel .details h4{margin:8px 0 2px;font-size:11px;color:var(--muted);text-transform:uppercase}
.sl-panel .details ul,.sl-panel ol.chain{margin:0;padding-left:16px}
.sl-panel ol.chain{list-style:none;padding-left:0}
.sl-panel .payload{background:var(--bg2);padding:4px 6px;border-radius:4px;margin:0;max-height:140px;overflow:auto;white-space:pre-wrap}
.sl-panel button.link{background:none;border:0;color:var(--accent);padding:0 2px;text-decoration:underline}
`
