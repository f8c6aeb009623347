// Binds a form control's value to what the database holds, like Lit's live(), except while the
// user has the control focused: their unsaved typing is never overwritten by a re-render that
// some other change caused.
import { noChange } from 'lit';
import { Directive, PartType, directive, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

class StoredValue extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY || info.name !== 'value') throw new Error('storedValue() binds the .value property of a form control');
  }

  render(value: string): string {
    return value;
  }

  override update(part: PropertyPart, [value]: [string]): string | typeof noChange {
    const control = part.element as Control;
    if (control.matches(':focus') || control.value === value) return noChange;
    // The committed value may equal `value` while the control shows something else (a select
    // whose options arrived after it, or an edit that was refused): force the write.
    setCommittedValue(part);
    return value;
  }
}

export const storedValue = directive(StoredValue);
