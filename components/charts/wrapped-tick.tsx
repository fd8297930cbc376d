import { Text } from 'recharts';

/** A category-axis label wrapped to at most two lines, right-aligned against the axis (long section or control names). */
export function WrappedTick(props: { x?: number | string; y?: number | string; payload?: { value: string }; width?: number | string }) {
  return (
    <Text x={Number(props.x)} y={Number(props.y)} width={Number(props.width ?? 240) - 8} maxLines={2} textAnchor="end" verticalAnchor="middle" fontSize={12} fill="#1e293b">
      {props.payload?.value ?? ''}
    </Text>
  );
}
