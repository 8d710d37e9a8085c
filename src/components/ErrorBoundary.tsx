// A crash in one view shows a message in its place; the rest of the page stays usable.
import { t } from '../core/i18n/translate';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** What the wrapped region is, for the message ("The timeline"). */
  label: string;
  children: ReactNode;
  /** Changing this value clears a caught error (e.g. the view mode or the dataset). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="view-crash" role="alert">
        <h2>{t('{part} could not be shown', { part: this.props.label })}</h2>
        <p>
          {t('Something went wrong while drawing this part of the page:')} <code>{error.message}</code>.{' '}
          {t('The rest of Stanceline still works; try another view or reload the page.')}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('Try again')}
        </button>
      </div>
    );
  }
}
