"use strict";
// benchsim: the ranking table's writer. The UI program (app/ui/domtable)
// works out what changed between the rows shown and the rows wanted and
// sends the operations here as one string (domtable/encode.go describes
// it); this does the DOM writes, as a plain page's script would, in one
// call from wasm instead of one per moved row and written cell.
//
// The rows' elements are kept by key on the body (benchsimRows), the
// template that parses a new row beside them.
// benchsimFields reads ops from its start, one field per call of the
// returned function (a length, a colon and the text); more() tells
// whether any is left, letter() reads an operation's letter, at() is the
// position.
function benchsimFields(ops) {
  let i = 0;
  const field = () => {
    const c = ops.indexOf(":", i);
    const end = c + 1 + Number(ops.slice(i, c));
    const s = ops.slice(c + 1, end);
    i = end;
    return s;
  };
  field.more = () => i < ops.length;
  field.letter = () => ops[i++];
  field.at = () => i;
  return field;
}

self.benchsimTableApply = function (body, ops) {
  const field = benchsimFields(ops);
  const parse = (html) => {
    const t = body.benchsimTemplate || (body.benchsimTemplate = document.createElement("template"));
    t.innerHTML = html;
    return t.content.firstElementChild;
  };
  let rows = body.benchsimRows;
  const row = (key) => rows.get(key);
  const before = (key) => (key === "" ? null : rows.get(key));
  // The cell's text node: in its link when it has one, else its last
  // child (after the pin button); an empty text has none until written.
  const text = (td) => {
    const last = td.lastElementChild;
    const parent = last && last.tagName === "A" ? last : td;
    let t = parent.lastChild;
    if (!t || t.nodeType !== Node.TEXT_NODE) {
      t = parent.appendChild(document.createTextNode(""));
    }
    return t;
  };
  while (field.more()) {
    const kind = field.letter();
    switch (kind) {
      case "F": {
        const n = Number(field());
        const keys = [];
        for (let k = 0; k < n; k++) keys.push(field());
        body.textContent = "";
        body.insertAdjacentHTML("beforeend", field());
        rows = body.benchsimRows = new Map();
        const kids = body.children;
        for (let k = 0; k < n; k++) rows.set(keys[k], kids[k]);
        break;
      }
      case "I": {
        const key = field(), at = before(field()), tr = parse(field());
        rows.set(key, tr);
        body.insertBefore(tr, at);
        break;
      }
      case "R": {
        const key = field(), tr = parse(field());
        row(key).replaceWith(tr);
        rows.set(key, tr);
        break;
      }
      case "X": {
        const key = field();
        row(key).remove();
        rows.delete(key);
        break;
      }
      case "M": {
        const tr = row(field());
        body.insertBefore(tr, before(field()));
        break;
      }
      case "T": {
        const tr = row(field()), col = Number(field());
        text(tr.cells[col]).data = field();
        break;
      }
      case "C": {
        const tr = row(field()), col = Number(field()), cls = field();
        const el = col < 0 ? tr : tr.cells[col];
        if (cls === "") el.removeAttribute("class");
        else el.className = cls;
        break;
      }
      case "B": {
        const tr = row(field()), col = Number(field()), name = field();
        tr.cells[col].firstElementChild.setAttribute(name, field());
        break;
      }
      case "L": {
        const tr = row(field()), col = Number(field());
        tr.cells[col].lastElementChild.setAttribute("href", field());
        break;
      }
      default:
        throw new Error("benchsimTableApply: unknown operation " + kind + " at " + (field.at() - 1));
    }
  }
};

// benchsim: the texts around the table that follow a drag (the summary,
// the scenario page's headline figures; app/ui's patchSummary), in one
// call: pairs of fields, a selector and the text for the text node that is
// the only content of the element it finds (elements that are not there,
// or hold more than a text, are left to go-app's render).
self.benchsimSetTexts = function (ops) {
  const field = benchsimFields(ops);
  while (field.more()) {
    const el = document.querySelector(field()), s = field();
    const n = el && el.firstChild;
    if (n && n.nodeType === Node.TEXT_NODE && !n.nextSibling && n.data !== s) n.data = s;
  }
};
