// Small DOM builders shared by the chart's layers. The chart is framework-free, so every
// node is made by hand; these keep that to one line each and size canvases for the
// device pixel ratio without rewriting a backing store that already has the right size.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: Element): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  parent?.appendChild(node);
  return node;
}

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, parent: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  parent.appendChild(node);
  return node;
}

/** CSS size `width`×`height`, backing store scaled by `dpr`; assigning width or height clears a canvas, so only on change. */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number, dpr: number): void {
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
}
