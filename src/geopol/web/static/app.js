// The dashboard's only script: a quick filter over the rows of a table already on the page.
"use strict";
document.querySelectorAll("input.quick-filter").forEach((input) => {
  const table = document.getElementById(input.dataset.table);
  const shown = input.parentElement.querySelector(".shown");
  if (!table) return;
  const rows = Array.from(table.tBodies[0].rows).filter((r) => !r.querySelector(".empty"));
  const update = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let n = 0;
    rows.forEach((row) => {
      const text = row.textContent.toLowerCase();
      const keep = words.every((w) => text.includes(w));
      row.hidden = !keep;
      if (keep) n += 1;
    });
    if (shown) shown.textContent = words.length ? `${n} of ${rows.length} rows` : "";
  };
  input.addEventListener("input", update);
});
