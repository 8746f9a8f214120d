package org.residencedesk.storage.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.residencedesk.port.CollectionFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** CSV and XLSX collection files with Apache POI (XLSX) and a streaming RFC 4180 reader (CSV). */
public final class PoiCollectionFiles implements CollectionFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PoiCollectionFiles.class);
    private static final int TEXT_FORMAT = 0x31; // "@": what is typed stays text (ID numbers, phone numbers)

    @Override
    public long read(Path file, RowVisitor visitor) throws Unreadable {
        if (!Files.exists(file)) {
            throw new Unreadable(Problem.MISSING, null);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new Unreadable(Problem.NOT_READABLE, null);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (NoSuchFileException e) {
            throw new Unreadable(Problem.MISSING, e);
        } catch (AccessDeniedException e) {
            throw new Unreadable(Problem.NOT_READABLE, e);
        } catch (IOException e) {
            throw new Unreadable(Problem.NOT_READABLE, e);
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (zip) {
            try {
                return XlsxRows.read(file, visitor);
            } catch (RuntimeException e) {
                if (e.getClass().getName().startsWith("org.apache.poi")) {
                    LOG.warn("collection file: damaged workbook ({})", e.getClass().getSimpleName());
                    throw new Unreadable(Problem.DAMAGED, e);
                }
                throw e;
            } catch (Exception e) {
                LOG.warn("collection file: damaged workbook ({})", e.getClass().getSimpleName());
                throw new Unreadable(Problem.DAMAGED, e);
            }
        }
        for (byte b : head) {
            if (b == 0) { // a binary file: an old .xls, a picture, a document
                throw new Unreadable(Problem.NOT_A_SPREADSHEET, null);
            }
        }
        try {
            return CsvRows.read(file, visitor);
        } catch (IOException e) {
            throw new Unreadable(Problem.NOT_READABLE, e);
        }
    }

    @Override
    public void writeTemplate(Template t, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setDataFormat((short) TEXT_FORMAT);
            CellStyle text = book.createCellStyle();
            text.setDataFormat((short) TEXT_FORMAT);
            CellStyle example = book.createCellStyle();
            example.setDataFormat((short) TEXT_FORMAT);
            Font grey = book.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            example.setFont(grey);

            Sheet data = book.createSheet(t.dataSheet());
            Drawing<?> drawing = data.createDrawingPatriarch();
            Row labels = data.createRow(0);
            Row ids = data.createRow(1);
            ids.setZeroHeight(true); // the column ids: kept for the import, hidden from the person filling in
            Row sample = data.createRow(2);
            for (int i = 0; i < t.labels().size(); i++) {
                Cell label = labels.createCell(i);
                label.setCellValue(t.labels().get(i));
                label.setCellStyle(header);
                ids.createCell(i).setCellValue(t.ids().get(i));
                Cell ex = sample.createCell(i);
                ex.setCellValue(t.example().get(i));
                ex.setCellStyle(example);
                String help = t.helps().get(i);
                if (help != null && !help.isBlank()) {
                    ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
                    anchor.setCol1(i);
                    anchor.setCol2(i + 3);
                    anchor.setRow1(0);
                    anchor.setRow2(5);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(book.getCreationHelper().createRichTextString(help));
                    label.setCellComment(comment);
                }
                data.setDefaultColumnStyle(i, text);
                data.setColumnWidth(i, Math.min(60, Math.max(10, t.labels().get(i).length() * 2 + 4)) * 256);
            }
            data.createFreezePane(0, 1);
            Sheet codes = book.createSheet(t.codeSheet());
            Row codeHeader = codes.createRow(0);
            for (int i = 0; i < t.codeHeader().size(); i++) {
                Cell c = codeHeader.createCell(i);
                c.setCellValue(t.codeHeader().get(i));
                c.setCellStyle(header);
            }
            int r = 1;
            for (List<String> line : t.codeRows()) {
                Row row = codes.createRow(r++);
                for (int i = 0; i < line.size(); i++) {
                    Cell c = row.createCell(i);
                    c.setCellValue(line.get(i));
                    c.setCellStyle(text);
                }
            }
            codes.setColumnWidth(0, 24 * 256);
            codes.setColumnWidth(1, 14 * 256);
            codes.setColumnWidth(2, 40 * 256);
            book.write(out);
        }
    }
}
