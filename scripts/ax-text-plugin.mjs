// A web-test-runner command for test/alert-names: each heading of the page's accessibility tree
// as Chromium gives it to assistive technology, its name and its text runs (the StaticText nodes
// a screen reader reads over AT-SPI). Chromium only: the DevTools protocol's full tree.
export function headingTextPlugin() {
  return {
    name: 'heading-text',
    async executeCommand({ command, session }) {
      if (command !== 'heading-text') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.name?.toLowerCase().includes('chrom')) return false; // handled: no tree here (null would read as an unknown command)
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        const runs = (node) => (node.role?.value === 'StaticText' ? [node.name?.value ?? ''] : (node.childIds ?? []).flatMap((id) => (byId.has(id) ? runs(byId.get(id)) : [])));
        return nodes.filter((node) => node.role?.value === 'heading').map((node) => ({ name: node.name?.value ?? '', text: runs(node).join('') }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
