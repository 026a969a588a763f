import { Component, type ComponentChildren } from 'preact';

interface Props {
  featureId: string;
  children: ComponentChildren;
}

/**
 * One failing feature never takes the others (or the page) down: its error is caught
 * here, logged by feature id only, and the feature renders nothing.
 */
export class FeatureBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown) {
    console.warn('[Côte à côte] fonction arrêtée', this.props.featureId, error instanceof Error ? error.name : 'erreur');
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
