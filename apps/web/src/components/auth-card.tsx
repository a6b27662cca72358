/** The centred card that the public pages (setup, sign-in, invitation) sit in. */
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper
        component="main"
        withBorder
        shadow="sm"
        p={{ base: 'md', sm: 'xl' }}
        radius="md"
        w="100%"
        maw={440}
      >
        <Stack gap="md">
          <Stack gap={4}>
            <Text fw={700} c="indigo" size="lg">
              Vigil
            </Text>
            <Title order={1} size="h2">
              {title}
            </Title>
            {subtitle && <Text c="dimmed">{subtitle}</Text>}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
