import { RetentionPreviewCard } from './RetentionPreviewCard';
import { RetentionRuleCard } from './RetentionRuleCard';
import { useRetentionPreview } from './use-retention-preview';

/** Settings › Retention (the manager's): the rule and its period, then whom it covers today. */
export function RetentionSection() {
  const { preview, problem, refresh } = useRetentionPreview();
  return (
    <>
      <RetentionRuleCard onSaved={() => void refresh()} />
      <RetentionPreviewCard preview={preview} problem={problem} refresh={refresh} />
    </>
  );
}
