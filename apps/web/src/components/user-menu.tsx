/** The signed-in user's menu: who you are, your API tokens, the API documentation, and sign out. */
import { Avatar, Button, Menu, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useLogout, useSession } from '../api/hooks.ts';
import classes from './user-menu.module.css';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

export function UserMenu() {
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const user = session.data?.user;
  if (!user) return null;
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px={6}
          leftSection={
            // The initials are drawn by CSS, not text: the button's name is the user's name alone.
            <Avatar size={28} color="indigo" aria-hidden="true">
              <span className={classes.initials} data-initials={initials(user.name)} />
            </Avatar>
          }
          // Starts with the name shown beside the initials (WCAG 2.5.3, label in name).
          aria-label={`${user.name}, account menu`}
        >
          <Text size="sm" visibleFrom="sm" component="span">
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/tokens">
          API tokens
        </Menu.Item>
        <Menu.Item component="a" href="/api/docs/" target="_blank" rel="noopener">
          API documentation
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          onClick={() =>
            logout.mutate(undefined, {
              onSettled: () => void navigate({ to: '/login' }),
            })
          }
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
