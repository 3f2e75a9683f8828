import "@zang/ui/styles.css";
import "./app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { applyLocaleToDocument, readLocalePreference } from "./i18n/locale-preference.ts";
import { Providers } from "./providers.tsx";

// Before the first render, so an English reader never sees the page flash right-to-left.
applyLocaleToDocument(readLocalePreference());

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
