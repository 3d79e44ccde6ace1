// The icon of every page, part of the code: no file to find beside the bundle, wherever it runs from.
export const faviconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <title>Aufruf</title>
  <path fill="#0b4f9c" d="M5 6h22a3 3 0 0 1 3 3v4a3 3 0 0 0 0 6v4a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3v-4a3 3 0 0 0 0-6V9a3 3 0 0 1 3-3z"/>
  <path fill="#fff" d="M14.9 9.5h3.6v13h-3.5v-8.6l-2.8 1.2v-3.4z"/>
</svg>`;
