/**
 * Every attribute value and text node of the document, and its serialised HTML, as one text: where a leak check
 * looks for a secret in the DOM.
 */
export function domText(): string {
  const parts = [document.documentElement.outerHTML];
  for (const element of document.querySelectorAll("*"))
    for (const attribute of element.attributes) parts.push(attribute.value);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? "");
  return parts.join("\n");
}
