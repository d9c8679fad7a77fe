import { Component, type ErrorInfo, type ReactNode } from "react";

/** Props of {@link FormErrorBoundary}. */
export interface FormErrorBoundaryProps {
  /** What to render instead of the crashed subtree; `reset` renders the children again. */
  fallback: (reset: () => void) => ReactNode;
  /** Called once per crash with what the subtree threw. */
  onError: (error: unknown) => void;
  children?: ReactNode;
}

/**
 * Catches what the RJSF subtree throws while rendering (a spec the form library cannot handle, a host widget that
 * throws), so the host's React tree stays mounted and the form shows an alert instead of vanishing.
 */
export class FormErrorBoundary extends Component<FormErrorBoundaryProps, { crashed: boolean }> {
  override state = { crashed: false };

  static getDerivedStateFromError(): { crashed: boolean } {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError(error);
  }

  reset = (): void => this.setState({ crashed: false });

  override render(): ReactNode {
    return this.state.crashed ? this.props.fallback(this.reset) : this.props.children;
  }
}
