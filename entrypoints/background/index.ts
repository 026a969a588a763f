import '../../lib/zod-setup';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from './create-background';

export default defineBackground(() => createBackground().start());
