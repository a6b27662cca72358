/** A Mantine Anchor that is a type-checked TanStack Router link (route params and search included). */
import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef } from 'react';

type Props = Omit<AnchorProps, 'href'> & React.AnchorHTMLAttributes<HTMLAnchorElement>;

const MantineAnchor = forwardRef<HTMLAnchorElement, Props>((props, ref) => <Anchor ref={ref} {...props} />);
MantineAnchor.displayName = 'MantineAnchor';

const CreatedLink = createLink(MantineAnchor);

/** Example: <AnchorLink to="/controls/$controlId" params={{ controlId }}>CTL-1</AnchorLink> */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <CreatedLink preload="intent" {...props} />
);
