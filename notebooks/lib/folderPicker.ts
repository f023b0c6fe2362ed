/**
 * A folder picker usable as a notebook view: `<input type=file webkitdirectory multiple>` in a
 * labelled form whose `value` is the array of picked File objects (each with its
 * `webkitRelativePath`), empty until something is picked; it fires `input` on every pick.
 */
export function folderPicker(label: string): HTMLFormElement & {value: File[]} {
  const form = document.createElement("form") as HTMLFormElement & {value: File[]};
  form.className = "folder-picker";
  const caption = form.appendChild(document.createElement("label"));
  caption.textContent = `${label} `;
  const input = caption.appendChild(document.createElement("input"));
  input.type = "file";
  input.multiple = true;
  input.setAttribute("webkitdirectory", "");
  input.dataset.picker = "folder";
  form.value = [];
  form.addEventListener("submit", (event) => event.preventDefault());
  input.addEventListener("change", () => {
    form.value = Array.from(input.files ?? []);
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return form;
}
