/** The browser workbench: no Office, no server; the file stays on the person's machine. */
import { createRoot } from "react-dom/client";
import { analyzeSheet } from "../engine/analyze";
import { pageAnalyze } from "../engine-worker/analyze-in-worker";
import { Workbench } from "./Workbench";

const element = document.getElementById("root");
if (!element) throw new Error("workbench.html has no #root element");
const engine = pageAnalyze(analyzeSheet);
createRoot(element).render(<Workbench analyze={engine.check} analyzeFull={engine.full} />);
