import { useEffect, type ReactNode } from 'react';

interface PageHeaderProps {
  readonly title: string;
  readonly description?: ReactNode;
  readonly actions?: ReactNode;
}

/**
 * The page's heading and the window title. The heading can take focus (tabIndex -1): after each
 * navigation the frame moves focus here, see useFocusOnNavigation.
 */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · MTTR Studio`;
  }, [title]);
  return (
    <header className="page-header">
      <div>
        <h1 tabIndex={-1}>{title}</h1>
        {description !== undefined && <p>{description}</p>}
      </div>
      {actions !== undefined && <div className="button-row">{actions}</div>}
    </header>
  );
}
