import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Node } from '../graphql/node';
import { LocalDateScalar } from '../graphql/scalars/local-date';

@ObjectType({ implements: Node, description: 'A photo of a building (manual: "Mes photos", "classées par immeuble"), with a thumbnail made on upload.' })
export class Photo extends Node {
  @Field(() => String, { description: "What it shows; the gallery's alternative text." }) caption!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was taken, when known.' }) takenOn!: string | null;
  @Field(() => LocalDateScalar) publishedOn!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'image/jpeg, image/png or image/webp, as the bytes decoded.' }) contentType!: string;
  @Field(() => Int) byteSize!: number;
  @Field(() => Int, { description: 'Pixels, upright.' }) width!: number;
  @Field(() => Int, { description: 'Pixels, upright.' }) height!: number;
  @Field(() => Int) thumbnailWidth!: number;
  @Field(() => Int) thumbnailHeight!: number;
}

export const PhotoConnection = Connection(Photo, 'Photo');

@InputType({ description: 'A photo of a building; the file inline (base64, up to 10 MB) or as a staged upload (POST /uploads).' })
export class PublishPhotoInput {
  @Field(() => ID) buildingId!: string;
  @Field(() => String, { description: 'What it shows (the alternative text of the gallery).' }) caption!: string;
  @Field(() => String) fileName!: string;
  @Field(() => LocalDateScalar, { nullable: true }) takenOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The image, base64, up to 10 MB decoded.' }) contentBase64?: string | null;
  @Field(() => ID, { nullable: true, description: 'A staged upload of the caller (POST /uploads), used once.' }) uploadId?: string | null;
}

declare module '../graphql/node' {
  /** This module's node types. */
  interface NodeTypes {
    Photo: true;
  }
}
