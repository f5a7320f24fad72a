import { Box } from '@backstage/ui';
import ReactMarkdown from 'react-markdown';

/** The Promise's Markdown summary. Raw HTML in it is not rendered. */
export function PromiseSummary({ markdown }: { markdown: string }) {
  return (
    <Box data-testid="ske-promise-summary">
      <ReactMarkdown skipHtml>{markdown}</ReactMarkdown>
    </Box>
  );
}
