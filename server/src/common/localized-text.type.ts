import { Field, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@ObjectType('LocalizedText', { description: 'A text in Kazakh (the original), Russian (where known) and English' })
export class LocalizedText {
  @Field(() => String, { nullable: true, description: 'Kazakh: the original text of the law' })
  kk!: string | null;

  @Field(() => String, { nullable: true, description: 'Russian, where known (never machine-translated)' })
  ru?: string | null;

  @Field(() => String, { description: 'English translation' })
  en!: string;
}

@InputType('LocalizedTextInput', { description: 'A text in Kazakh, Russian and English' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true, description: 'Kazakh (the original)' })
  @IsOptional() @IsString() @MaxLength(20000)
  kk?: string | null;

  @Field(() => String, { nullable: true, description: 'Russian' })
  @IsOptional() @IsString() @MaxLength(20000)
  ru?: string | null;

  @Field(() => String, { description: 'English' })
  @IsString() @MinLength(1) @MaxLength(20000)
  en!: string;
}

/** Normalises an input text for storage: empty strings become null, Kazakh first. */
export function toLocalizedText(input: LocalizedTextInput): { kk: string | null; ru: string | null; en: string } {
  const clean = (s: string | null | undefined) => (s && s.trim() !== '' ? s : null);
  return { kk: clean(input.kk), ru: clean(input.ru), en: input.en };
}
