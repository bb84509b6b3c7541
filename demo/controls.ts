/** A labelled radio button for the demo's forms, its label set as text. */
export function radioOption(name: string, value: string, label: string, checked: boolean): HTMLLabelElement {
  const option = document.createElement('label');
  option.innerHTML = '<input type="radio"> <span></span>';
  const input = option.querySelector('input')!;
  input.name = name;
  input.value = value;
  input.checked = checked;
  option.querySelector('span')!.textContent = label;
  return option;
}
