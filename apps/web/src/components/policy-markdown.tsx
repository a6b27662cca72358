/**
 * A policy's Markdown text on a page. Its headings move one level down, so the text's own title
 * sits under the page's heading and the page keeps a single level-one heading.
 */
import Markdown, { type Components } from 'react-markdown';

const SHIFTED: Components = {
  h1: ({ node: _, ...props }) => <h2 {...props} />,
  h2: ({ node: _, ...props }) => <h3 {...props} />,
  h3: ({ node: _, ...props }) => <h4 {...props} />,
  h4: ({ node: _, ...props }) => <h5 {...props} />,
  h5: ({ node: _, ...props }) => <h6 {...props} />,
};

export function PolicyMarkdown({ text }: { text: string }) {
  return <Markdown components={SHIFTED}>{text}</Markdown>;
}
