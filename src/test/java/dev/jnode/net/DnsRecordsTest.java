package dev.jnode.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.dns.DatagramDnsResponseDecoder;
import io.netty.handler.codec.dns.DnsResponse;
import io.netty.handler.codec.dns.DnsSection;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers decoded by Netty's codec become the flat records JavaScript shapes, also with compressed names. */
class DnsRecordsTest {
    private static final int QUESTION_NAME = 12; // where the question's name starts: a compression target

    @Test
    void namesInRecordDataFollowCompressionPointers() {
        List<Object[]> records = decode(15, answer(15, 300, u16(10), label("mail"), pointer()),
                answer(33, 60, u16(1), u16(2), u16(5060), pointer()),
                answer(6, 30, label("ns1"), pointer(), label("admin"), pointer(), u32(7), u32(8), u32(9),
                        u32(4_000_000_000L), u32(11)));
        assertThat(records.get(0)).containsExactly("MX", 300.0, 10, "mail.example.test");
        assertThat(records.get(1)).containsExactly("SRV", 60.0, 1, 2, 5060, "example.test");
        assertThat(records.get(2)).containsExactly("SOA", 30.0, "ns1.example.test", "admin.example.test", 7.0, 8.0,
                9.0, 4.0e9, 11.0);
    }

    @Test
    void addressesTextAndCaaAreDecoded() {
        List<Object[]> records = decode(255, answer(1, 5, bytes(192, 0, 2, 1)),
                answer(28, 6, bytes(0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)),
                answer(16, 7, characterString("a b"), characterString("")),
                answer(257, 8, bytes(128), characterString("issue"), ascii("ca.test")),
                answer(12, 9, label("host"), pointer()), answer(5, 10, label("www"), pointer()));
        assertThat(records.get(0)).containsExactly("A", 5.0, "192.0.2.1");
        assertThat(records.get(1)).containsExactly("AAAA", 6.0, "2001:db8::1");
        assertThat(records.get(2)[0]).isEqualTo("TXT");
        assertThat((Object[]) records.get(2)[2]).containsExactly("a b", "");
        assertThat(records.get(3)).containsExactly("CAA", 8.0, (short) 128, "issue", "ca.test");
        assertThat(records.get(4)).containsExactly("PTR", 9.0, "host.example.test");
        assertThat(records.get(5)).containsExactly("CNAME", 10.0, "www.example.test");
    }

    /** A response to a question for example.test of {@code type} carrying the answers, decoded by Netty. */
    private static List<Object[]> decode(int type, ByteBuf... answers) {
        ByteBuf message = Unpooled.buffer();
        message.writeShort(1).writeShort(0x8180).writeShort(1).writeShort(answers.length).writeShort(0).writeShort(0);
        message.writeBytes(label("example")).writeBytes(label("test")).writeByte(0).writeShort(type).writeShort(1);
        for (ByteBuf answer : answers) {
            message.writeBytes(answer);
        }
        EmbeddedChannel channel = new EmbeddedChannel(new DatagramDnsResponseDecoder());
        InetSocketAddress peer = new InetSocketAddress("127.0.0.1", 53);
        channel.writeInbound(new DatagramPacket(message, peer, peer));
        DnsResponse response = channel.readInbound();
        List<Object[]> records = new ArrayList<>();
        for (int i = 0; i < response.count(DnsSection.ANSWER); i++) {
            records.add(DnsClient.fields(response.recordAt(DnsSection.ANSWER, i)));
        }
        response.release();
        return records;
    }

    private static ByteBuf answer(int type, long ttl, ByteBuf... data) {
        ByteBuf rdata = Unpooled.wrappedBuffer(data);
        return Unpooled.buffer().writeBytes(pointer()).writeShort(type).writeShort(1).writeInt((int) ttl)
                .writeShort(rdata.readableBytes()).writeBytes(rdata);
    }

    private static ByteBuf pointer() {
        return Unpooled.buffer().writeShort(0xC000 | QUESTION_NAME);
    }

    private static ByteBuf label(String text) {
        return Unpooled.buffer().writeByte(text.length()).writeBytes(text.getBytes());
    }

    private static ByteBuf characterString(String text) {
        return label(text);
    }

    private static ByteBuf ascii(String text) {
        return Unpooled.wrappedBuffer(text.getBytes());
    }

    private static ByteBuf u16(int value) {
        return Unpooled.buffer().writeShort(value);
    }

    private static ByteBuf u32(long value) {
        return Unpooled.buffer().writeInt((int) value);
    }

    private static ByteBuf bytes(int... values) {
        ByteBuf buf = Unpooled.buffer();
        for (int value : values) {
            buf.writeByte(value);
        }
        return buf;
    }
}
