/**
 * The risks of the register an incident bears on: listed for everyone, linked and unlinked by those
 * who manage incidents. The risk register lists the incidents of each risk in turn.
 */
import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { Incident } from '@vigil/api';
import { useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSetIncidentRisks } from '../api/incident-hooks.ts';
import { useRiskRegister } from '../api/risk-hooks.ts';
import { AnchorLink } from './anchor-link.tsx';

function LinkRisk({ incident: i }: { incident: Incident }) {
  const register = useRiskRegister();
  const save = useSetIncidentRisks(i.id);
  const [riskId, setRiskId] = useState<string | null>(null);
  const linked = i.risks.map((r) => r.id);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (riskId) save.mutate([...linked, riskId], { onSuccess: () => setRiskId(null) });
      }}
    >
      <Group align="flex-end">
        <Select
          label="Risk to link"
          placeholder="Choose a risk of the register"
          searchable
          data={(register.data?.items ?? [])
            .filter((r) => !linked.includes(r.id))
            .map((r) => ({ value: r.id, label: r.title }))}
          value={riskId}
          onChange={setRiskId}
          error={fieldError(save.error, 'riskIds')}
          miw={260}
        />
        <Button type="submit" variant="light" disabled={!riskId} loading={save.isPending}>
          Link risk
        </Button>
      </Group>
    </form>
  );
}

export function IncidentRisks({ incident: i, mayManage }: { incident: Incident; mayManage: boolean }) {
  const save = useSetIncidentRisks(i.id);
  return (
    <Card withBorder component="section" aria-labelledby="incident-risks-title">
      <Title order={2} size="h4" id="incident-risks-title" mb="xs">
        Linked risks
      </Title>
      <Stack gap="xs">
        {i.risks.length === 0 && <Text size="sm">No risk of the register is linked yet.</Text>}
        {i.risks.map((r) => (
          <Group key={r.id} justify="space-between" wrap="nowrap">
            <AnchorLink to="/risks" size="sm">
              {r.title}
            </AnchorLink>
            {mayManage && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={save.isPending}
                onClick={() => save.mutate(i.risks.map((x) => x.id).filter((x) => x !== r.id))}
              >
                Unlink {r.title}
              </Button>
            )}
          </Group>
        ))}
        {mayManage && <LinkRisk incident={i} />}
      </Stack>
    </Card>
  );
}
