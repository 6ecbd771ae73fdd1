/** Modules the Sitrep integration serves to its pages (src/integration/virtual.ts). */
declare module 'virtual:sitrep/config' {
  const config: Omit<import('./options.ts').SiteConfig, 'components' | 'customCss'>;
  export default config;
}
declare module 'virtual:sitrep/components/Header' {
  const Header: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Header;
}
declare module 'virtual:sitrep/components/Footer' {
  const Footer: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Footer;
}
declare module 'virtual:sitrep/custom-css' {}
