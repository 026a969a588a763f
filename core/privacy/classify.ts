import { RULE_SET } from './classify-rules';
import { attributeTokens as tokensWith, createClassifier, fold, isGeneratedId as generatedWith } from './classifier';

/**
 * The classifier with its word lists bundled: for the background (which sends the lists to
 * content scripts, see `privacy.rules`) and for tests. Content-script code uses
 * core/privacy/classifier.ts with the rules it received, never this module.
 */
export const classifyField = createClassifier(RULE_SET);
export { fold };
export const isGeneratedId = (value: string) => generatedWith(value, RULE_SET.frameworkIdWords);
export const attributeTokens = (value: string) => tokensWith(value, RULE_SET.frameworkIdWords);
