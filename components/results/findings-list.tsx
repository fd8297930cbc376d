'use client';
// The findings of a result, grouped by severity, each with the answers behind it. A client component
// only for the size of the page: it renders the same markup as a server component would, but the
// React payload then carries these dozens of items as compact props instead of element trees (the
// results page must stay under 150 KB). It has no state and receives only translated, formatted text.
import { Fragment } from 'react';
import { SeverityBadge } from './result-badges';
import styles from './results.module.css';
import type { TSeverity } from '@/lib/scoring';

export type TFindingItem = { id: string; title: string; section: string; explanation: string; answers: Array<[question: string, answer: string]> };
export type TFindingGroupItem = { severity: TSeverity; label: string; open: boolean; findings: TFindingItem[] };

export function FindingsList({ groups }: { groups: TFindingGroupItem[] }) {
  return (
    <div className="space-y-3">
      {groups.map((group) => (
        <details key={group.severity} open={group.open} className={styles.group}>
          <summary>
            <h4>
              <SeverityBadge severity={group.severity} label={group.label} />
            </h4>
          </summary>
          <ul className={styles.findings}>
            {group.findings.map((finding) => (
              <li key={finding.id}>
                <h5>
                  {finding.title} <small>{`· ${finding.section}`}</small>
                </h5>
                <p>{finding.explanation}</p>
                <dl>
                  {finding.answers.map(([question, answer]) => (
                    <Fragment key={question}>
                      <dt>{question}</dt>
                      <dd>{answer}</dd>
                    </Fragment>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
