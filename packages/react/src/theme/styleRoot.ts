/**
 * Where `node`'s styles must go: the shadow root or document it is rendered in (its owner document while it is
 * detached).
 */
export function styleRoot(node: Node): Document | ShadowRoot {
  const root = node.getRootNode();
  // nodeType rather than instanceof: the node may come from another window (an iframe).
  return root.nodeType === 9 || (root as ShadowRoot).host
    ? (root as Document | ShadowRoot)
    : (node.ownerDocument ?? (node as Document));
}
