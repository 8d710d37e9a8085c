// Whether a dataset's records (and, for a file whose details are read after its chart, its
// sources) are all in on the page: they may arrive after the chart is drawn
// (core/model/recordsArrival.ts). What is worked out from the sources, such as the credit line,
// names this as a dependency so it is worked out again when they come.
import { useEffect, useState } from 'react';
import type { Dataset } from '../core/model/types';
import { whenRecordsArrive } from '../core/model/recordsArrival';

export function useRecordsIn(dataset: Dataset): boolean {
  const [, setArrived] = useState<Dataset | null>(null);
  useEffect(() => {
    const arriving = whenRecordsArrive(dataset);
    if (!arriving) return;
    let current = true;
    void arriving.then(() => {
      if (current) setArrived(dataset);
    });
    return () => {
      current = false;
    };
  }, [dataset]);
  return whenRecordsArrive(dataset) === null;
}
