/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The briefing whose MDX body is being rendered: chart components read their data from it. */
    briefing?: import('astro:content').CollectionEntry<'briefings'>;
  }
}
