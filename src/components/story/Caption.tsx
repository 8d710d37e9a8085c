// A story caption as React elements, built node by node from the parsed tree
// (core/story/caption.ts): text is always text, and only http(s) links become anchors.
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { parseCaption } from '../../core/story/caption';
import type { CaptionInline } from '../../core/story/caption';

function renderInline(nodes: readonly CaptionInline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'emphasis':
        return <em key={index}>{renderInline(node.children)}</em>;
      case 'link':
        return (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

export function Caption({ text, className }: { text: string; className?: string }) {
  const paragraphs = useMemo(() => parseCaption(text), [text]);
  return (
    <div className={className}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{renderInline(paragraph.children)}</p>
      ))}
    </div>
  );
}
