import { cn } from '@/lib/cn';
import styles from './results.module.css';

/** A bulleted list of texts (each text names its item, so it is also the key). */
export function BulletList({ items, className }: { items: string[]; className?: string }) {
  return (
    <ul className={cn(styles.bullets, className)}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
