interface Layer {
  root: Element;
  /** The elements this layer set `inert` on (never one that already had it), to remove exactly those. */
  made: Element[];
  /** Watches the levels made inert for elements added while this layer is on top (a toast, a chat launcher). */
  observer?: MutationObserver | undefined;
}

interface Page {
  /** Open modals, the most recent last: only it makes the rest of the page inert. */
  layers: Layer[];
  /** `body.style.overflow` before the first modal locked scrolling. */
  overflow: string;
}

const pages = new WeakMap<Document, Page>();

function makeOutsideInert(layer: Layer): void {
  const body = layer.root.ownerDocument.body;
  // Each level (a parent) with the child on the way to the dialog, which stays reachable.
  const levels = new Map<Node, Node>();
  const makeInert = (sibling: Element, kept: Node): void => {
    if (sibling === kept || sibling.hasAttribute("inert")) return;
    sibling.setAttribute("inert", "");
    layer.made.push(sibling);
  };
  let node: Element = layer.root;
  while (node !== body) {
    const parent = node.parentNode as (ParentNode & Node) | null;
    if (!parent) break;
    // Up through shadow roots too (a dialog rendered in one): then on from their host, in the host's tree.
    // nodeType rather than instanceof: the page may be another window's (an iframe).
    const next =
      parent.nodeType === Node.ELEMENT_NODE
        ? (parent as Element)
        : parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE
          ? ((parent as ShadowRoot).host ?? null)
          : null;
    if (!next) break;
    levels.set(parent, node);
    for (const sibling of parent.children) makeInert(sibling, node);
    node = next;
  }
  const view = body.ownerDocument.defaultView;
  if (!view?.MutationObserver) return;
  layer.observer = new view.MutationObserver((records) => {
    for (const record of records) {
      const kept = levels.get(record.target);
      if (!kept) continue;
      for (const added of record.addedNodes) {
        if (added.nodeType === Node.ELEMENT_NODE) makeInert(added as Element, kept);
      }
    }
  });
  for (const parent of levels.keys()) layer.observer.observe(parent, { childList: true });
}

function release(layer: Layer): void {
  layer.observer?.disconnect();
  layer.observer = undefined;
  for (const element of layer.made) element.removeAttribute("inert");
  layer.made = [];
}

/**
 * Makes everything outside `root` inert (the siblings of `root` and of each ancestor up to `<body>`, crossing shadow
 * roots to their hosts, and elements added beside them while it is open) and locks page
 * scrolling, until the returned function is called. Modals stack: only the most recent one makes the rest inert
 * (an older modal must not keep a newer one, already inert from the older one's opening, out of reach), and
 * closing in any order restores exactly the state from before, including elements the host had made inert itself.
 */
export function pushModal(root: Element): () => void {
  const doc = root.ownerDocument;
  const page = pages.get(doc) ?? { layers: [], overflow: doc.body.style.overflow };
  if (page.layers.length === 0) {
    pages.set(doc, page);
    doc.body.style.overflow = "hidden";
  }
  const { layers } = page;
  const below = layers.at(-1);
  if (below) release(below);
  const layer: Layer = { root, made: [] };
  layers.push(layer);
  makeOutsideInert(layer);

  return () => {
    const index = layers.indexOf(layer);
    if (index === -1) return;
    const wasTop = index === layers.length - 1;
    layers.splice(index, 1);
    release(layer);
    const top = layers.at(-1);
    if (wasTop && top) makeOutsideInert(top);
    if (!top) {
      doc.body.style.overflow = page.overflow;
      pages.delete(doc);
    }
  };
}
