import { Fragment } from 'react';
import type { Highlighted } from '@/lib/search/run';

/** Text with the words a search matched in <mark>; every run is plain text, escaped by React. */
export function Highlight({ runs }: { runs: Highlighted }) {
  return (
    <>{runs.map((run, i) => (run.hit ? <mark key={i}>{run.text}</mark> : <Fragment key={i}>{run.text}</Fragment>))}</>
  );
}
