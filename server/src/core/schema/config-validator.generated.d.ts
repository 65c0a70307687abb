// Declaration for the ajv standalone validator of schemas/config.schema.json (scripts/build.mjs).
import type { AjvError } from './plan-validator.generated.js';
declare const validate: ((data: unknown) => boolean) & { errors?: AjvError[] | null };
export default validate;
