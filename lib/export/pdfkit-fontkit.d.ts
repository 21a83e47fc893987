import type { Font } from 'fontkit';

declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      // pdfkit also takes a font fontkit has already parsed (PDFFontFactory.open); its types predate that.
      font(src: Font, family: string, size?: number): this;
    }
  }
}
