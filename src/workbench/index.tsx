/** The browser workbench: no Office, no server; the file stays on the person's machine. */
import { createRoot } from "react-dom/client";
import { Workbench } from "./Workbench";

const element = document.getElementById("root");
if (!element) throw new Error("workbench.html has no #root element");
createRoot(element).render(<Workbench />);
